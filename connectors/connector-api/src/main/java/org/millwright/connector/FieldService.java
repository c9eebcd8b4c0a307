package org.millwright.connector;

import java.util.Optional;

/** Port: field service, which assigns technicians and reports completion by callback. */
public interface FieldService {
    Optional<AssignmentRecord> findAssignment(String externalReference);

    AssignmentRecord dispatch(DispatchRequest request);
}
