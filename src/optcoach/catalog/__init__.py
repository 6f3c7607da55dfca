"""The exercise library: data files, loader, queries, progression graph and swaps."""
