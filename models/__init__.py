"""Per-model knowledge: which model, its licence and languages, and thresholds calibrated for it.

Each ``<model-id>.toml`` file here is data read by ``driftcheck.calibration``; see README.md.
"""
