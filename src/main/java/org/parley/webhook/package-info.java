/**
 * Webhooks: endpoints admins register, the events the database writes to an outbox with
 * every change, and their signed delivery (Standard Webhooks), retried until received.
 */
package org.parley.webhook;
