"""Safety: special populations, contraindications and the clearance gate."""
