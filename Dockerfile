# MonPortail on the official Payara Server image (same version as the tests, JDK 17).
# Build the WAR first:   mvn -B package -DskipITs
# Then:                  docker build -t monportail .
# Configured only by environment variables (see server-config/README.md).
FROM payara/server-full:6.2025.10-jdk17

# PostgreSQL JDBC driver into the domain (fetched by the build: target/server-lib/).
COPY --chown=payara:payara target/server-lib/postgresql-*.jar ${PAYARA_DIR}/glassfish/domains/domain1/lib/

# The same asadmin files the tests run: server settings before boot; PostgreSQL pool and mail
# session after boot.
COPY --chown=payara:payara server-config/postgresql.asadmin server-config/mail.asadmin server-config/logging.asadmin server-config/hardening.asadmin /tmp/monportail/
RUN cat /tmp/monportail/hardening.asadmin >> ${PREBOOT_COMMANDS} \
    && cat /tmp/monportail/postgresql.asadmin /tmp/monportail/mail.asadmin /tmp/monportail/logging.asadmin >> ${POSTBOOT_COMMANDS}

# Deployed at start by the image from ${DEPLOY_DIR}; ROOT.war is served at "/". DEPLOY_PROPS goes to the
# image's deploy command: --skipdsfailure keeps the portal deployed (and "not ready") when the database is
# not up yet; it gets ready by itself once the database answers (server-config/README.md).
COPY --chown=payara:payara target/monportail.war ${DEPLOY_DIR}/ROOT.war
ENV DEPLOY_PROPS="--skipdsfailure=true"

ENV MONPORTAIL_DEMO=false \
    MONPORTAIL_DB_HOST=postgres \
    MONPORTAIL_DB_PORT=5432 \
    MONPORTAIL_DB_NAME=monportail \
    MONPORTAIL_DB_USER=monportail \
    MONPORTAIL_DB_SSLMODE=verify-full \
    MONPORTAIL_SMTP_PORT=587 \
    MONPORTAIL_SMTP_STARTTLS=true

EXPOSE 8080
