"""lawgov's built-in rules, each module a plugin registered like third-party ones."""
