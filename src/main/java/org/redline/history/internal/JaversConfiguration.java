package org.redline.history.internal;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.javers.core.CommitIdGenerator;
import org.javers.core.Javers;
import org.javers.repository.sql.DialectName;
import org.javers.repository.sql.SqlRepositoryBuilder;
import org.javers.spring.jpa.TransactionalJpaJaversBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Javers, wired by hand (its Boot starter is not built for this Boot version): SQL repository on the
 * application's DataSource, writing through the connection bound to the current JPA transaction so a
 * version and its audit commit are stored together or not at all. Flyway owns Javers' tables.
 */
@Configuration(proxyBeanMethods = false)
class JaversConfiguration {

    @Bean
    Javers javers(DataSource dataSource, PlatformTransactionManager transactionManager) throws SQLException {
        var repository = SqlRepositoryBuilder.sqlRepository()
                .withConnectionProvider(() -> DataSourceUtils.getConnection(dataSource))
                .withDialect(dialectOf(dataSource))
                .withSchemaManagementEnabled(false)
                // The cache would keep ids of global-id rows whose transaction rolled back, and never
                // sees rows another instance inserted: look them up instead (one indexed read each).
                .withGlobalIdCacheDisabled(true)
                .build();
        return TransactionalJpaJaversBuilder.javers()
                .withTxManager(transactionManager)
                .registerJaversRepository(repository)
                // Random ids: safe when several instances share one database (the default sequence is per JVM).
                .withCommitIdGenerator(CommitIdGenerator.RANDOM)
                .build();
    }

    private static DialectName dialectOf(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            var product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            if (product.contains("postgres")) {
                return DialectName.POSTGRES;
            }
            if (product.contains("h2")) {
                return DialectName.H2;
            }
            throw new IllegalStateException("Redline runs on H2 or PostgreSQL, not " + product);
        }
    }
}
