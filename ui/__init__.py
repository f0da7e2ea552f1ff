"""What people see: callback data, keyboards, message views and outbox renderers."""
