package org.millwright.connector.framework.internal;

import java.util.Optional;
import org.millwright.connector.Procurement;
import org.millwright.connector.RequisitionRecord;
import org.millwright.connector.RequisitionRequest;

/** {@link Procurement} whose every call goes through the system's guarded pipeline. */
final class GuardedProcurement implements Procurement {
    private final GuardedCalls calls;
    private final Procurement adapter;

    GuardedProcurement(GuardedCalls calls, Procurement adapter) {
        this.calls = calls;
        this.adapter = adapter;
    }

    @Override
    public Optional<RequisitionRecord> findRequisition(String externalReference) {
        return calls.call("findRequisition", () -> adapter.findRequisition(externalReference));
    }

    @Override
    public RequisitionRecord requisition(RequisitionRequest request) {
        return calls.callOnce("requisition", () -> adapter.requisition(request));
    }
}
