package dev.breakwater.crash.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A processed crash (or raw crash) split by permission.
 *
 * @param publicPart everything anyone may see, in the document's shape
 * @param protectedPart only the protected values, in the document's shape; arrays keep their length
 *     so elements line up with the public part ({@code {}} or {@code null} where an element has
 *     nothing protected)
 */
public record PermissionSplit(ObjectNode publicPart, ObjectNode protectedPart) {}
