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
        // `shards` is a number or 'auto'; the step takes it as text and checks it.
        if (planArgs.containsKey('shards')) {
            planArgs.shards = String.valueOf(planArgs.shards)
        }
        // Lets the step refuse a misspelt parameter instead of ignoring it.
        planArgs.wrapperArguments = new ArrayList(args.keySet())
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
            branches[shard.branch] = { runShard(plan, shard, body) }
        }
        branches.failFast = plan.failFast
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
        List env = new ArrayList(shard.env)
        List files = shard.files
        for (int i = 0; i < files.size(); i++) {
            env.add(files[i].variable + '=' + tmp + '/' + files[i].path)
        }
        script.withEnv(env) {
            script.parallelTestsShard(name: plan.name, shard: shard.index, image: plan.image ?: '') {
                for (int i = 0; i < files.size(); i++) {
                    script.writeFile(file: tmp + '/' + files[i].path, text: files[i].text, encoding: 'UTF-8')
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
}
