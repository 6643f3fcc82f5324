"""Input and output: file readers, feeds/archives, text checks and output formats."""
