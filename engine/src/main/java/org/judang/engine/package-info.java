/**
 * The engine's public face: {@link org.judang.engine.Workstation} opens cases, {@link org.judang.engine.CaseSession}
 * does everything with one. The desktop UI, the command line and the HTTP interface use only these and the value
 * types they return ({@code model}, reports and summaries), never the store directly.
 */
package org.judang.engine;
