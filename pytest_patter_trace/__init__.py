"""pytest-patter-trace: check the OpenTelemetry traces of the Patter voice-AI SDK."""
