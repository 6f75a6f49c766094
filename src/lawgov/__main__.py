"""``python -m lawgov``."""

from .cli import entrypoint

if __name__ == "__main__":
    entrypoint(prog="python -m lawgov")
