"""Recruitment social media checks: the list, the step-by-step check window, findings, evidence, discussion, export."""
