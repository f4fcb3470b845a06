"""Services: everything a handler or a scheduled job can ask of the domain (no aiogram)."""
