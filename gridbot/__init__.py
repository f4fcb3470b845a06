"""GridBot domain: cases, routing, persistence, services, outbox, scheduler jobs (no aiogram)."""
