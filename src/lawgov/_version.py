"""The version of lawgov (read by the build backend too, so it is never looked up at run time)."""

__version__ = "0.1.0"
