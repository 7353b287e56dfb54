"""Where models come from: the manifest, the lockfile, snapshots and downloads."""
