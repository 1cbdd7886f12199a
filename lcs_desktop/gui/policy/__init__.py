"""The Policy page: the policy register and acknowledgements (issue 10)."""
