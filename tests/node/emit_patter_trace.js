#!/usr/bin/env node
// Emits, with the OpenTelemetry JS SDK, the trace a Patter call makes in the Python
// scenario of tests/test_otlp_getpatter.py (a text turn, then a tool turn), and sends it
// over OTLP/HTTP the way a TypeScript Patter app would.
//
//   node emit_patter_trace.js --endpoint http://127.0.0.1:4318 --protocol json|protobuf [--gzip]
//
// Span names and attributes are getpatter 0.7.0's (see shared/getpatter-0.7.0-observed.md):
// the parity test asserts the same tree for both runtimes. Exits non-zero if the export
// is refused.
'use strict';

const { BasicTracerProvider, BatchSpanProcessor } = require('@opentelemetry/sdk-trace-base');
const { resourceFromAttributes } = require('@opentelemetry/resources');
const { trace, ROOT_CONTEXT } = require('@opentelemetry/api');

function parseArgs(argv) {
  const args = { protocol: 'json', gzip: false, callId: 'call-parity-1' };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag === '--endpoint') args.endpoint = argv[++i];
    else if (flag === '--protocol') args.protocol = argv[++i];
    else if (flag === '--call-id') args.callId = argv[++i];
    else if (flag === '--gzip') args.gzip = true;
    else throw new Error(`unknown argument ${flag}`);
  }
  if (!args.endpoint) throw new Error('--endpoint is required');
  if (!['json', 'protobuf'].includes(args.protocol)) {
    throw new Error(`--protocol must be json or protobuf, not ${args.protocol}`);
  }
  return args;
}

function makeExporter({ endpoint, protocol, gzip }) {
  const pkg =
    protocol === 'json'
      ? '@opentelemetry/exporter-trace-otlp-http'
      : '@opentelemetry/exporter-trace-otlp-proto';
  const { OTLPTraceExporter } = require(pkg);
  const exporter = new OTLPTraceExporter({
    url: `${endpoint}/v1/traces`,
    compression: gzip ? 'gzip' : 'none',
  });
  // Keep every export result so a refused export fails this process.
  const failures = [];
  const exportBatch = exporter.export.bind(exporter);
  exporter.export = (spans, done) =>
    exportBatch(spans, (result) => {
      if (result.code !== 0) failures.push(result.error ? String(result.error) : 'failed');
      done(result);
    });
  return { exporter, failures };
}

// Deterministic clock: every span starts 1 ms after the previous one, so the start
// order (which the tree is sorted by) never depends on timer resolution.
function makeClock() {
  let now = Date.now();
  return () => {
    now += 1;
    return now;
  };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const { exporter, failures } = makeExporter(args);
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'patter' }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer('patter');
  const tick = makeClock();
  const callId = { 'patter.call.id': args.callId };

  // One span; `body` runs "inside" it and gets the span's context for its children.
  function span(name, attributes, parentContext, body) {
    const started = tracer.startSpan(
      name,
      { attributes: { ...attributes, ...callId }, startTime: tick() },
      parentContext,
    );
    const context = trace.setSpan(parentContext, started);
    if (body) body(context);
    started.end(tick());
  }

  // A user turn as Patter's pipeline handles it: the final transcript, the end of
  // utterance, then the turn's LLM span wrapping one span per LLM iteration.
  function userTurn({ userText, iterations, historySize }) {
    span('getpatter.stt', { 'getpatter.stt.text_len': userText.length }, ROOT_CONTEXT);
    span('getpatter.endpoint', {}, ROOT_CONTEXT);
    span('getpatter.llm', {}, ROOT_CONTEXT, (turn) => {
      iterations.forEach((step, index) => {
        const iteration = {
          'patter.llm.iteration': index,
          'patter.llm.history_size': historySize,
        };
        if (step.tool) {
          span('getpatter.llm', iteration, turn);
          span(
            'getpatter.tool',
            { 'patter.tool.name': step.tool, 'patter.tool.transport': 'handler' },
            turn,
          );
        } else if (step.flushedInside) {
          // A short reply is spoken while the iteration span is current.
          span('getpatter.llm', iteration, turn, (inner) => {
            span('getpatter.tts', { 'getpatter.tts.text_len': step.reply.length }, inner);
          });
        } else {
          // A longer reply is flushed at the end of the stream, under the turn span.
          span('getpatter.llm', iteration, turn);
          span('getpatter.tts', { 'getpatter.tts.text_len': step.reply.length }, turn);
        }
      });
    });
  }

  userTurn({
    userText: 'hi',
    historySize: 0,
    iterations: [{ reply: 'Hello there.', flushedInside: true }],
  });
  userTurn({
    userText: 'where is my order?',
    historySize: 2,
    iterations: [{ tool: 'lookup_order' }, { reply: 'Your order ships tomorrow.' }],
  });

  return provider.shutdown().then(() => {
    if (failures.length) {
      process.stderr.write(`export failed: ${failures.join('; ')}\n`);
      process.exitCode = 1;
    }
  });
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 2;
});
