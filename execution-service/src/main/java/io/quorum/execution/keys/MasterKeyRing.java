package io.quorum.execution.keys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The current master key, which wraps every new data key, and the retired ones, which still open the data keys
 * they wrapped until the rotation has moved those to the current key.
 */
public final class MasterKeyRing {

    private final MasterKey current;
    private final Map<String, MasterKey> byId = new LinkedHashMap<>();

    public MasterKeyRing(MasterKey current, List<MasterKey> retired) {
        this.current = Objects.requireNonNull(current, "current");
        byId.put(current.id(), current);
        retired.forEach(key -> byId.putIfAbsent(key.id(), key));
    }

    public MasterKey current() {
        return current;
    }

    public Optional<MasterKey> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The ids of the retired keys: data keys wrapped by them are what the rotation re-wraps. */
    public Set<String> retiredIds() {
        Set<String> ids = new java.util.LinkedHashSet<>(byId.keySet());
        ids.remove(current.id());
        return ids;
    }

    @Override
    public String toString() {
        return "MasterKeyRing[current=" + current.id() + ", retired=" + retiredIds() + "]";
    }
}
