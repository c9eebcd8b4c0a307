package org.millwright.connector.framework.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.millwright.connector.SystemUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A port that calls its primary and, only while the primary's circuit is open (the call was not even attempted),
 * its alternate endpoint. Any other failure of the primary is the caller's: a timeout may have reached the primary,
 * so the same call must not also go to the alternate.
 */
public final class Failover implements InvocationHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Failover.class);

    private final Object primary;
    private final Object alternate;

    private Failover(Object primary, Object alternate) {
        this.primary = primary;
        this.alternate = alternate;
    }

    /** The port {@code type} over both; both must be already guarded by the framework. */
    public static <T> T of(Class<T> type, T primary, T alternate) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new Failover(primary, alternate)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return method.invoke(this, args);
        }
        try {
            return method.invoke(primary, args);
        } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof SystemUnavailableException unavailable)) {
                throw e.getCause();
            }
            LOG.info("{} unavailable ({}); calling its alternate endpoint for {}", unavailable.system(),
                    unavailable.upstreamMessage(), method.getName());
            try {
                return method.invoke(alternate, args);
            } catch (InvocationTargetException alternateFailed) {
                throw alternateFailed.getCause();
            }
        }
    }
}
