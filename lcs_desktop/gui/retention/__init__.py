"""Retention: the schedule in Settings, the review queue, and the retention line on records."""
