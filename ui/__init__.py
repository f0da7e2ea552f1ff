"""What people see: callback data, keyboards, message views and the outbox renderers,
used by handlers and the scheduler alike."""
