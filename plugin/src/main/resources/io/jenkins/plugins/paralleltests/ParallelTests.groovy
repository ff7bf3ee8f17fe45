package io.jenkins.plugins.paralleltests

/*
 * The value of the `parallelTests` global variable (see ParallelTestsDSL.java). It only
 * orchestrates steps that Java cannot call: every decision (shard count, which tests go where,
 * file contents, labels, images, timeouts) comes from the parallelTestsPlan step, and what
 * happened is judged by parallelTestsShard and parallelTestsRecord. Loops count with an index
 * (an iterator is not serializable in every CPS version), and the element is copied into a
 * local before a closure captures it, because closures capture variables, not values.
 */
class ParallelTests implements Serializable {
    private static final long serialVersionUID = 1L

    private final Script script

    ParallelTests(Script script) {
        this.script = script
    }

    def call(Closure body) {
        call([:], body)
    }

    def call(Map args) {
        script.error('parallelTests needs a body: parallelTests(shards: 4) { sh "mvn test" }')
    }

    def call(Map args, Closure body) {
        if (body == null) {
            script.error('parallelTests needs a body: parallelTests(shards: 4) { sh "mvn test" }')
        }
        Map planArgs = new LinkedHashMap(args)
        // Queue mode's two arguments are the script's own; the planning step never sees them.
        String mode = planArgs.containsKey('mode') ? String.valueOf(planArgs.remove('mode')) : 'static'
        Closure prepare = (Closure) planArgs.remove('prepare')
        if (mode != 'static' && mode != 'queue') {
            script.error("parallelTests: mode '" + mode + "' is not known: use 'static' (the default) or 'queue'")
        }
        if (prepare != null && mode != 'queue') {
            script.error("parallelTests: prepare runs once per shard before its batches: it needs mode: 'queue'")
        }
        // `shards` is a number or 'auto'; the step takes it as text and checks it.
        if (planArgs.containsKey('shards')) {
            planArgs.shards = String.valueOf(planArgs.shards)
        }
        // Lets the step refuse a misspelt parameter instead of ignoring it.
        planArgs.wrapperArguments = new ArrayList(planArgs.keySet())
        Map plan = script.parallelTestsPlan(planArgs)
        if (plan.discover) {
            // No timings anywhere: list the tests in a checkout; Java splits them by count.
            script.node(plan.label) {
                script.checkout(script.scm)
                plan.shards = script.parallelTestsDiscover(plan.discover).shards
            }
        }

        Map branches = [:]
        List shards = plan.shards
        for (int i = 0; i < shards.size(); i++) {
            Map shard = shards[i]
            if (mode == 'queue') {
                branches[shard.branch] = { runQueueShard(plan, shard, prepare, body) }
            } else {
                branches[shard.branch] = { runShard(plan, shard, body) }
            }
        }
        // In queue mode failFast stops all claiming (parallelTestsClaim): running batches finish.
        branches.failFast = mode == 'queue' ? false : plan.failFast
        try {
            script.parallel(branches)
        } finally {
            // One check for the whole run: every shard's junit call skips its own.
            Map recorded = script.parallelTestsRecord(name: plan.name)
            script.publishChecks(recorded.checks)
        }
        return plan
    }

    void runShard(Map plan, Map shard, Closure body) {
        script.node(plan.label) {
            if (plan.image) {
                script.docker.image(plan.image).inside(plan.dockerArgs) {
                    runInWorkspace(plan, shard, body)
                }
            } else {
                runInWorkspace(plan, shard, body)
            }
        }
    }

    void runInWorkspace(Map plan, Map shard, Closure body) {
        // Outside the checkout: the body's checkout or clean may delete workspace files.
        String tmp = script.pwd(tmp: true)
        String workspace = script.pwd()
        List env = new ArrayList(shard.env)
        List files = shard.files
        for (int i = 0; i < files.size(); i++) {
            env.add(files[i].variable + '=' + tmp + '/' + files[i].path)
        }
        script.withEnv(env) {
            script.parallelTestsShard(name: plan.name, shard: shard.index, image: plan.image ?: '') {
                for (int i = 0; i < files.size(); i++) {
                    script.writeFile(file: tmp + '/' + files[i].path, text: fileText(files[i], workspace), encoding: 'UTF-8')
                }
                try {
                    if (plan.timeoutMinutes > 0) {
                        script.timeout(time: plan.timeoutMinutes, unit: 'MINUTES') {
                            body()
                        }
                    } else {
                        body()
                    }
                } finally {
                    // skipOldReports: a reused workspace keeps reports of earlier builds (junit 1418
                    // parses every match otherwise: TestResult.java:445, JUnitParser.java:230).
                    script.junit(testResults: plan.testResults, allowEmptyResults: true, keepTestNames: true,
                            skipOldReports: true, skipPublishingChecks: true)
                }
            }
        }
    }

    /*
     * Queue mode: the shard's agent is taken once and `prepare` runs once; then the shard claims
     * batches from the controller's queue (parallelTestsClaim) and runs the body once per batch,
     * with the same variables and files as a static shard, describing the batch. A batch whose
     * body fails still ran (its tests failed): it is published and reported, and the shard goes
     * on; the first such failure fails the branch at the end.
     *
     * A batch that times out, or whose agent is lost, is reported lost: its units go back to the
     * queue once, for another shard, and this shard takes no more work. Its branch then ends
     * without an error: the queue, not the branch, says whether every unit ran, and
     * parallelTestsRecord marks the build for each unit that did not (QueueVerdict). Only a real
     * interruption (the build or a person aborting it) ends the branch with its error, and so the
     * build (QueueFaults says which is which); a body that swallows that interruption returns, and
     * the shard's next claim ends it the same way (the claim step sees the build aborted, or a
     * timeout around the call expired: BuildAbort). An error before the shard claimed its first batch
     * that is not a lost agent (prepare failing, an image that cannot be pulled) fails the branch,
     * as in static mode.
     */
    void runQueueShard(Map plan, Map shard, Closure prepare, Closure body) {
        // What runBatches leaves for this method: the first failed batch's error, the batch in
        // flight (0: none), which a shard lost outside the body gives back, and whether it lost a
        // batch (then the shard is over, and what tearing down its container or agent throws,
        // `docker stop` on a gone agent say, fails nothing).
        Map state = [firstFailure: null, inFlight: 0, lostBatch: false]
        try {
            script.node(plan.label) {
                if (plan.image) {
                    script.docker.image(plan.image).inside(plan.dockerArgs) {
                        script.parallelTestsShard(name: plan.name, shard: shard.index, image: plan.image) {
                            runBatches(plan, shard, prepare, body, state)
                        }
                    }
                } else {
                    script.parallelTestsShard(name: plan.name, shard: shard.index, image: '') {
                        runBatches(plan, shard, prepare, body, state)
                    }
                }
            }
        } catch (Throwable e) {
            // Outside the agent, so this works when the agent is gone: a batch in flight goes back.
            script.parallelTestsClaim(name: plan.name, shard: shard.index, lostShard: QueueFaults.reason(e), claim: false)
            if (QueueFaults.endsTheBranch(e, state.inFlight != 0, state.lostBatch)) {
                throw e
            }
        }
        if (state.firstFailure != null) {
            throw state.firstFailure
        }
    }

    void runBatches(Map plan, Map shard, Closure prepare, Closure body, Map state) {
        String tmp = script.pwd(tmp: true)
        String workspace = script.pwd()
        String base = tmp + '/parallel-tests/' + (plan.name ?: 'default') + '/shard-' + shard.index
        script.withEnv(new ArrayList(shard.env)) {
            if (prepare != null) {
                prepare()
            }
        }
        // Reports an earlier build left in a reused workspace are not this build's.
        script.parallelTestsSetAside(testResults: plan.testResults, into: base + '/stale-reports')
        Map claim = script.parallelTestsClaim(name: plan.name, shard: shard.index)
        int waits = 0
        while (claim.kind != 'done') {
            if (claim.kind == 'wait') {
                // Each sleep and claim is two steps in the build's graph and three log lines
                // (workflow-basic-steps SleepStep.java:103 logs "Sleeping for ..."): a shard that
                // waits for the others' last batches backs off, 5, 10, ... up to 30 s.
                waits++
                script.sleep(time: claim.waitSeconds * Math.min(waits, 6), unit: 'SECONDS')
                claim = script.parallelTestsClaim(name: plan.name, shard: shard.index)
                continue
            }
            waits = 0
            Map batch = claim.batch
            state.inFlight = batch.id
            List env = new ArrayList(batch.env)
            List files = batch.files
            for (int i = 0; i < files.size(); i++) {
                env.add(files[i].variable + '=' + tmp + '/' + files[i].path)
            }
            boolean failed = false
            boolean lost = false
            script.withEnv(env) {
                for (int i = 0; i < files.size(); i++) {
                    script.writeFile(file: tmp + '/' + files[i].path, text: fileText(files[i], workspace), encoding: 'UTF-8')
                }
                try {
                    if (plan.timeoutMinutes > 0) {
                        script.timeout(time: plan.timeoutMinutes, unit: 'MINUTES') {
                            body()
                        }
                    } else {
                        body()
                    }
                } catch (Throwable e) {
                    if (QueueFaults.losesTheBatch(e)) {
                        // Timed out, aborted, or its agent lost: not run. Its partial reports
                        // stay unpublished (its units run again elsewhere); the next build's
                        // parallelTestsSetAside moves them away.
                        script.parallelTestsClaim(name: plan.name, shard: shard.index, lost: batch.id,
                                reason: QueueFaults.reason(e), claim: false)
                        state.inFlight = 0
                        if (QueueFaults.abortsTheBuild(e)) {
                            throw e
                        }
                        lost = true
                        state.lostBatch = true
                    } else {
                        failed = true
                        if (state.firstFailure == null) {
                            state.firstFailure = e
                        }
                    }
                }
                if (!lost) {
                    // skipPublishingChecks: one check for the run (see runInWorkspace);
                    // skipOldReports as there, though parallelTestsSetAside already moved the
                    // earlier reports away.
                    script.junit(testResults: plan.testResults, allowEmptyResults: true, keepTestNames: true,
                            skipOldReports: true, skipPublishingChecks: true)
                }
            }
            if (lost) {
                // The queue gives this shard no more work (WorkQueue.lose).
                return
            }
            Map aside
            try {
                aside = script.parallelTestsSetAside(testResults: plan.testResults,
                        into: base + '/batch-' + batch.id + '/reports')
            } catch (Throwable e) {
                // junit has published this batch: it ran, and must not run again elsewhere. Its
                // reports are still in the pattern's reach, so the shard takes no more batches and
                // ends; the others run the rest, and the queue says whether every unit ran. (Also
                // how a crash during this step ends: it is not resumable, workflow-step-api
                // SynchronousNonBlockingStepExecution.java:75-79.)
                script.parallelTestsClaim(name: plan.name, shard: shard.index, done: batch.id,
                        testMillis: 0, failed: failed, failFast: plan.failFast, claim: false)
                state.inFlight = 0
                if (QueueFaults.abortsTheBuild(e)) {
                    throw e
                }
                script.echo('[parallelTests] shard ' + shard.index + ' takes no more batches: '
                        + 'moving the reports of batch ' + batch.id + ' aside failed: ' + QueueFaults.reason(e))
                return
            }
            claim = script.parallelTestsClaim(name: plan.name, shard: shard.index, done: batch.id,
                    testMillis: aside.testMillis, failed: failed, failFast: plan.failFast)
            state.inFlight = 0
        }
    }

    /*
     * A file's text, with the workspace (where the body starts, and the runner with it) put in for
     * the planning step's placeholder: Jest's catch-all pattern is anchored there (Jest 29 matches
     * absolute paths), so that it excludes the other shards' files and no file of the same name
     * elsewhere. The path becomes regular expression text, with '/' separators, as Jest reads it.
     */
    String fileText(Map file, String workspace) {
        String token = file.workspaceToken
        if (!token) {
            return file.text
        }
        String root = workspace.replace('\\', '/')
        List special = ['^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']
        for (int i = 0; i < special.size(); i++) {
            root = root.replace((String) special[i], '\\' + special[i])
        }
        return file.text.replace(token, root)
    }
}
