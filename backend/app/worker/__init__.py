"""Celery worker and beat: `celery -A app.worker.celery_app worker|beat` (see celery_app.py)."""
