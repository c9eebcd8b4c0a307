package org.millwright.connector.framework.internal;

import java.util.Optional;
import org.millwright.connector.AssignmentRecord;
import org.millwright.connector.DispatchRequest;
import org.millwright.connector.FieldService;

/** {@link FieldService} whose every call goes through the system's guarded pipeline. */
final class GuardedFieldService implements FieldService {
    private final GuardedCalls calls;
    private final FieldService adapter;

    GuardedFieldService(GuardedCalls calls, FieldService adapter) {
        this.calls = calls;
        this.adapter = adapter;
    }

    @Override
    public Optional<AssignmentRecord> findAssignment(String externalReference) {
        return calls.call("findAssignment", () -> adapter.findAssignment(externalReference));
    }

    @Override
    public AssignmentRecord dispatch(DispatchRequest request) {
        return calls.callOnce("dispatch", () -> adapter.dispatch(request));
    }
}
