package org.wicexplorer.model;

import java.util.List;
import java.util.Optional;

/**
 * Sources that disagree, kept as data: every claim with its sources, the claim the dataset follows
 * ({@code follows}, null when undecided) and the reason.
 */
public record SourceConflict(String id, String edition, ConflictSubject subject, Text question,
                             List<Claim> claims, String follows, Text reason) {

    public SourceConflict {
        claims = ModelLists.copy(claims);
    }

    public Optional<Claim> followedClaim() {
        return claims.stream().filter(c -> c != null && c.id() != null && c.id().equals(follows)).findFirst();
    }
}
