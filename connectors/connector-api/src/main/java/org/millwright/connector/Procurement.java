package org.millwright.connector;

import java.util.Optional;

/** Port: the ERP's purchase requisitions. */
public interface Procurement {
    Optional<RequisitionRecord> findRequisition(String externalReference);

    RequisitionRecord requisition(RequisitionRequest request);
}
