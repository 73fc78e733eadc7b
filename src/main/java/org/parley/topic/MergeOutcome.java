package org.parley.topic;

/**
 * What a merge did.
 *
 * @param proposals the proposals that were on the merged record, now on the one kept
 * @param regions the regions that lay within the merged region, now within the one kept
 */
public record MergeOutcome(int proposals, int regions) {
}
