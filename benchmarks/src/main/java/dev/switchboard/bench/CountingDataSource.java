package dev.switchboard.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A data source that counts what the code under measurement sends: statements executed,
 * transactions committed (an explicit {@code commit()}, or a statement run in auto-commit mode),
 * and connections taken from the pool. A statement string holding several statements (pgjdbc sends
 * them in one round trip) counts once as an execution (a round trip) and once per statement in
 * {@link #parts()}. A benchmark harness only: it wraps with dynamic proxies
 * (a few lines instead of delegating the hundred-odd JDBC methods by hand), which the product
 * code does not do.
 *
 * <pre>{@code
 * CountingDataSource counted = new CountingDataSource(db.dataSource());
 * ... run the code with counted ...
 * counted.statements().get();
 * }</pre>
 */
final class CountingDataSource {

    private final DataSource target;
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong parts = new AtomicLong();
    private final AtomicLong transactions = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();

    CountingDataSource(DataSource target) {
        this.target = target;
    }

    AtomicLong statements() {
        return statements;
    }

    /** Statements executed, each statement of a multi-statement string counted (they are joined by ";\n"). */
    AtomicLong parts() {
        return parts;
    }

    AtomicLong transactions() {
        return transactions;
    }

    AtomicLong connections() {
        return connections;
    }

    DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (p, m, args) -> {
            Object out = invoke(target, m, args);
            if (out instanceof Connection c) {
                connections.incrementAndGet();
                return connection(c);
            }
            return out;
        });
    }

    private Connection connection(Connection c) {
        InvocationHandler h = (p, m, args) -> {
            String name = m.getName();
            if (name.equals("commit")) {
                transactions.incrementAndGet();
            }
            Object out = invoke(c, m, args);
            if (out instanceof Statement s) {
                return statement(s, c, m.getReturnType(), args != null && args.length > 0 && args[0] instanceof String sql ? sql : null);
            }
            return out;
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, h);
    }

    private Object statement(Statement s, Connection c, Class<?> type, String prepared) {
        InvocationHandler h = (p, m, args) -> {
            if (m.getName().startsWith("execute")) {
                statements.incrementAndGet();
                String sql = prepared != null ? prepared : args != null && args.length > 0 && args[0] instanceof String t ? t : "";
                parts.addAndGet(sql.split(";\n", -1).length);
                if (c.getAutoCommit()) {
                    transactions.incrementAndGet();
                }
            }
            return invoke(s, m, args);
        };
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, h);
    }

    private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
