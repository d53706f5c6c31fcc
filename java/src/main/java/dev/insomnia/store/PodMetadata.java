package dev.insomnia.store;

import java.time.Instant;

/**
 * What the store keeps beside a pod's manifest ({@code pod.json}): facts about the snapshot
 * that must not be inside it, because the manifest is byte-identical for identical inputs.
 *
 * @param manifestSha256 SHA-256 of manifest.json; restore refuses a snapshot that differs
 * @param sessionId the session recorded at creation ({@code --session ID} finds the pod)
 * @param toolVersion the insomnia version that created the pod
 * @param luaVersion the engine and Lua version that evaluated its profile
 * @param origin where the manifest came from: builtin, user, project, path, manifest, adopt
 */
public record PodMetadata(
    String name,
    Instant createdAt,
    String manifestSha256,
    String sessionId,
    String toolVersion,
    String luaVersion,
    String origin) {}
