"""Runners: the local process pool, the Dask engine and progress reporting."""
