// A worker that cannot start, like one whose knowledge files fail to load.
throw new Error("knowledge failed to load");
