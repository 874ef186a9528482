"""pytest entry point: wires fixtures and options to the modules that do the work."""
