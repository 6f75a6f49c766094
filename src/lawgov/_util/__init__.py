"""Layer 0: helpers that know nothing of reports (text folding, package data, caches)."""
