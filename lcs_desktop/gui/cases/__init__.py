"""Breach investigations (policy §8): the concern intake, the case list and the case page."""
