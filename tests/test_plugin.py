"""Plugin-level behaviour, through real pytest runs (``pytester``)."""

from __future__ import annotations

import sys

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider

from pytest_patter_trace.core.grouping import DEFAULT_CALL_ID_KEYS

needs_getpatter = pytest.mark.skipif(
    sys.version_info < (3, 11), reason="getpatter 0.7.0 needs Python 3.11+"
)


def test_options_default_to_the_shared_defaults(pytester: pytest.Pytester) -> None:
    # One definition serves the options and the modules: nothing to keep in sync.
    config = pytester.parseconfig()
    assert tuple(config.getini("patter_call_id_keys")) == DEFAULT_CALL_ID_KEYS
    snapshot = pytest.importorskip("pytest_patter_trace.snapshot._assertion")
    assert tuple(config.getini("patter_snapshot_volatile")) == tuple(snapshot.DEFAULT_VOLATILE)


def test_fixture_available_without_conftest(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from opentelemetry import trace

        def test_it(patter_spans):
            with trace.get_tracer("t").start_as_current_span("hello"):
                pass
            assert patter_spans.names() == ["hello"]
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_options_registered(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest_subprocess("--help")
    result.stdout.fnmatch_lines(["*patter_call_id_keys*"])


def test_ini_call_id_keys(pytester: pytest.Pytester) -> None:
    pytester.makeini(
        """
        [pytest]
        patter_call_id_keys =
            my.call
        """
    )
    pytester.makepyfile(
        """
        from opentelemetry import trace

        def test_it(patter_spans):
            t = trace.get_tracer("t")
            with t.start_as_current_span("a", attributes={"my.call": "x"}):
                with t.start_as_current_span("b"):
                    pass
            with t.start_as_current_span("c", attributes={"patter.call.id": "ignored"}):
                pass
            assert list(patter_spans.calls()) == ["x"]
            assert len(patter_spans.call("x")) == 2
            assert [s.name for s in patter_spans.unattributed()] == ["c"]
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


ISOLATION_TESTS = """
import os
from opentelemetry import trace

tracer = trace.get_tracer("imported-at-collection")  # case 4: before any fixture


def test_first(patter_spans):
    with tracer.start_as_current_span("first"):
        pass
    assert patter_spans.names() == ["first"]


def test_between_no_fixture():
    assert "PATTER_OTEL_ENABLED" not in os.environ
    with tracer.start_as_current_span("between"):
        pass


def test_second(patter_spans):
    with tracer.start_as_current_span("second"):
        pass
    assert patter_spans.names() == ["second"]
"""


@pytest.mark.parametrize("provider_in_conftest", [False, True])
def test_isolation_between_tests(pytester: pytest.Pytester, provider_in_conftest: bool) -> None:
    if provider_in_conftest:
        pytester.makeconftest(
            """
            from opentelemetry import trace
            from opentelemetry.sdk.trace import TracerProvider
            from opentelemetry.sdk.trace.export import SimpleSpanProcessor
            from opentelemetry.sdk.trace.export.in_memory_span_exporter import (
                InMemorySpanExporter,
            )

            EXPORTER = InMemorySpanExporter()
            provider = TracerProvider()
            provider.add_span_processor(SimpleSpanProcessor(EXPORTER))
            trace.set_tracer_provider(provider)

            def pytest_sessionfinish(session):
                # The code's own exporter saw every span, ours or not.
                names = [s.name for s in EXPORTER.get_finished_spans()]
                assert names == ["first", "between", "second"], names
            """
        )
    pytester.makepyfile(ISOLATION_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)


def test_xdist_two_workers(pytester: pytest.Pytester) -> None:
    pytest.importorskip("xdist")
    pytester.makepyfile(
        **{
            f"test_w{i}": f"""
            from opentelemetry import trace

            def test_a(patter_spans):
                with trace.get_tracer("t").start_as_current_span("w{i}a"):
                    pass
                assert patter_spans.names() == ["w{i}a"]

            def test_b(patter_spans):
                with trace.get_tracer("t").start_as_current_span("w{i}b"):
                    pass
                assert patter_spans.names() == ["w{i}b"]
            """
            for i in range(4)
        }
    )
    result = pytester.runpytest_subprocess("-n", "2", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=8)


@needs_getpatter
@pytest.mark.parametrize("mode", ["strict", "auto"])
def test_asyncio_modes_and_async_fixture(pytester: pytest.Pytester, mode: str) -> None:
    pytest.importorskip("pytest_asyncio")
    pytester.makeini(
        f"""
        [pytest]
        asyncio_mode = {mode}
        asyncio_default_fixture_loop_scope = function
        """
    )
    pytester.makepyfile(
        """
        import os
        import pytest
        import pytest_asyncio
        from pytest_patter_trace.drivers import scenarios

        os.environ["DO_NOT_TRACK"] = "1"

        @pytest_asyncio.fixture
        async def started_call(patter_spans):
            await scenarios.text_turn("from-fixture")
            return patter_spans

        @pytest.mark.asyncio
        async def test_async(patter_spans):
            await scenarios.tool_turn("t1")
            assert len(patter_spans.call("t1")) == 7

        @pytest.mark.asyncio
        async def test_async_fixture(started_call):
            assert len(started_call.call("from-fixture")) == 5

        def test_sync(patter_spans):
            import asyncio
            asyncio.run(scenarios.text_turn("s1"))
            assert len(patter_spans.call()) == 5

        def test_flag_off_after():
            from getpatter.observability import is_enabled
            assert not is_enabled()
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=4)


def test_nothing_left_installed_after_session(pytester: pytest.Pytester) -> None:
    original_init = TracerProvider.__init__
    saved = (trace._TRACER_PROVIDER, trace._TRACER_PROVIDER_SET_ONCE)
    provider = TracerProvider()
    trace._TRACER_PROVIDER = provider
    try:
        before = provider._active_span_processor._span_processors
        pytester.makepyfile(
            """
            from opentelemetry import trace

            def test_it(patter_spans):
                with trace.get_tracer("t").start_as_current_span("x"):
                    pass
                assert patter_spans.names() == ["x"]
            """
        )
        result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
        result.assert_outcomes(passed=1)
        assert provider._active_span_processor._span_processors == before
        assert TracerProvider.__init__ is original_init
        assert trace._TRACER_PROVIDER is provider
    finally:
        trace._TRACER_PROVIDER, trace._TRACER_PROVIDER_SET_ONCE = saved


def test_zero_spans_failure_output(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_it(patter_spans):
            patter_spans.call()
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "E * AssertionError: expected exactly one call, found none",
            "E * no spans captured: is PATTER_OTEL_ENABLED set / did the code create spans on "
            "a provider we could not reach, or do the spans end after the call returned "
            "(use wait_for)?",
        ],
        consecutive=True,
    )


def test_public_names_in_sync() -> None:
    import pytest_patter_trace as pkg

    assert sorted(pkg.__all__) == sorted(pkg._homes())
    for name in pkg.__all__:
        assert getattr(pkg, name).__doc__, name


def test_guard_sees_capture_from_getfixturevalue(pytester: pytest.Pytester) -> None:
    # Suites often reach the capture dynamically (an autouse fixture, a helper): the
    # guard must check those tests too, not only ones naming patter_spans as argument.
    pytester.makepyfile(
        """
        from opentelemetry import trace

        def test_dynamic(request):
            request.getfixturevalue("patter_spans")
            with trace.get_tracer("t").start_as_current_span("s") as span:
                span.set_attribute("user.contact", "jane.doe@example.com")
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--patter-no-pii")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*1 PII finding*"])
    assert "jane.doe" not in result.stdout.str()


def test_assertrepr_claims_only_our_tree_text(pytester: pytest.Pytester) -> None:
    # A suite's own indented strings keep pytest's explanation; only text our renderers
    # return (TreeText) gets the span-tree diff.
    pytester.makepyfile(
        """
        from opentelemetry import trace
        from pytest_patter_trace.checks.tree import call_tree_text

        def test_menus():
            assert "menu\\n  file\\n  edit" == "menu\\n  file\\n  view"

        def test_tree(patter_spans):
            with trace.get_tracer("t").start_as_current_span("menu"):
                with trace.get_tracer("t").start_as_current_span("file"):
                    pass
            assert call_tree_text(patter_spans) == "menu\\n  view"
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-vv")
    result.assert_outcomes(failed=2)
    out = result.stdout.str()
    menus = out[out.index("_ test_menus _") : out.index("_ test_tree _")]
    assert "span trees differ" not in menus
    # pytest's own string diff
    assert "-   view" in menus
    assert "+   edit" in menus
    tree = out[out.index("_ test_tree _") :]
    assert "span trees differ, first at left line 2 / right line 2" in tree


def test_later_providers_carry_nothing_of_ours(pytester: pytest.Pytester) -> None:
    # TracerProvider.__init__ is wrapped only while a capture is active: a provider made
    # by a later test that never asked for patter_spans is untouched.
    pytester.makepyfile(
        """
        from opentelemetry.sdk.trace import TracerProvider

        def test_captures(patter_spans):
            TracerProvider()

        def test_later_without_capture():
            provider = TracerProvider()
            assert provider._active_span_processor._span_processors == ()
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:randomly")
    result.assert_outcomes(passed=2)


@needs_getpatter
def test_provider_built_at_import_set_during_test(pytester: pytest.Pytester) -> None:
    # The usual app layout: the provider is built at import, made global at start-up,
    # here inside the test (by the test or a fixture set up after patter_spans).
    pytester.makepyfile(
        """
        import asyncio

        import pytest
        from opentelemetry import trace
        from opentelemetry.sdk.trace import TracerProvider

        from pytest_patter_trace.drivers import scenarios

        PROVIDER = TracerProvider()
        APP = PROVIDER.get_tracer("app")

        @pytest.fixture
        def app_started():
            trace.set_tracer_provider(PROVIDER)

        def test_app_and_getpatter_spans(patter_spans, app_started):
            with APP.start_as_current_span("app.request"):
                asyncio.run(scenarios.text_turn("c-import"))
            names = [s.name for s in patter_spans.call("c-import")]
            assert names[0] == "app.request"
            assert sum(n.startswith("getpatter.") for n in names) == 5
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (
            {"OTEL_SDK_DISABLED": "true"},
            "E * no spans captured: OTEL_SDK_DISABLED=true is set: SDK providers the code "
            "under test builds record nothing (only the plugin's own fallback provider "
            "records), so neither their spans nor getpatter's reach the capture once such "
            "a provider is global",
        ),
        (
            {"OTEL_TRACES_SAMPLER": "always_off"},
            "E * no spans captured: OTEL_TRACES_SAMPLER=always_off is set: SDK providers "
            "the code under test builds may drop spans before any processor sees them "
            "(the plugin's own fallback provider keeps every span)",
        ),
    ],
    ids=["sdk_disabled", "sampler"],
)
def test_zero_spans_failure_names_the_environment(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    # The code's own provider obeys the environment, which we cannot override: the
    # failure must say so instead of blaming PATTER_OTEL_ENABLED.
    pytester.makepyfile(
        """
        from opentelemetry import trace
        from opentelemetry.sdk.trace import TracerProvider

        def test_it(patter_spans):
            trace.set_tracer_provider(TracerProvider())
            with trace.get_tracer("t").start_as_current_span("dropped"):
                pass
            patter_spans.call()
        """
    )
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["E * AssertionError: expected exactly one call, found none"])
    result.stdout.fnmatch_lines([expected])
    assert "is PATTER_OTEL_ENABLED set" not in result.stdout.str()
