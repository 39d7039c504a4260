"""Typed errors raised by the library and translated to one line and exit 2 by the CLI.

The library never prints or exits; callers decide what an error means for them.
"""


class DriftcheckError(Exception):
    """Base class: anything driftcheck refuses to do, with a message a user can act on."""


class InputError(DriftcheckError):
    """An input document cannot be read or used (missing, binary, empty, undecodable)."""


class ConfigError(DriftcheckError):
    """A setting, option value or configuration file is invalid."""


class ModelError(DriftcheckError):
    """The embedding model cannot be found, loaded or run."""


class OutputError(DriftcheckError):
    """The report cannot be written where the user asked."""
