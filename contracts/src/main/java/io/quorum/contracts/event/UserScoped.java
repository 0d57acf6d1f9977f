package io.quorum.contracts.event;

import io.quorum.contracts.ids.UserId;

/** An event about one user's money; topics keyed by user carry only these, so one user's events stay in order. */
public interface UserScoped extends Event {
    UserId userId();
}
