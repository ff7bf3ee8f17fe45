package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.jenkins.plugins.paralleltests.Interruptions.AgentOfflineException;
import io.jenkins.plugins.paralleltests.Interruptions.ChannelClosedException;
import io.jenkins.plugins.paralleltests.Interruptions.DownstreamFailureCause;
import io.jenkins.plugins.paralleltests.Interruptions.ExceededTimeout;
import io.jenkins.plugins.paralleltests.Interruptions.RemovedNodeCause;
import io.jenkins.plugins.paralleltests.Interruptions.UserInterruption;
import java.io.IOException;
import java.util.List;
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException;
import org.junit.jupiter.api.Test;

/**
 * Which of a shard's errors abort the build in queue mode, and which lose the shard's batch to
 * another shard. The exceptions are built as the real sources build them (cited in {@link
 * QueueFaults}); the causes are named as the real ones, since they are recognised by name.
 */
class QueueFaultsTest {

  @Test
  void shouldAbortTheBuildOnlyOnAnActualInterruption() {
    assertThat(QueueFaults.abortsTheBuild(true, true, List.of("UserInterruption"))).isTrue();
    assertThat(QueueFaults.abortsTheBuild(true, false, List.of("ExceededTimeout"))).isFalse();
    assertThat(QueueFaults.abortsTheBuild(false, false, List.of())).isFalse();
  }

  @Test
  void shouldNotAbortTheBuildForAnAgentErrorFlaggedAsAnActualInterruption() {
    // ExecutorStepDynamicContext.java:114 ("TODO false probably more appropriate") and :117.
    assertThat(QueueFaults.abortsTheBuild(true, true, List.of("RemovedNodeTimeoutCause")))
        .isFalse();
    assertThat(QueueFaults.abortsTheBuild(true, true, List.of("QueueTaskCancelled"))).isFalse();
    assertThat(QueueFaults.abortsTheBuild(true, true, List.of("SomePodGone", "Retryable")))
        .isFalse();
  }

  @Test
  void shouldReadTheDecisionFromTheException() {
    assertThat(
            QueueFaults.abortsTheBuild(
                new FlowInterruptedException(Result.ABORTED, true, new UserInterruption())))
        .isTrue();
    assertThat(
            QueueFaults.abortsTheBuild(
                new FlowInterruptedException(Result.ABORTED, false, new ExceededTimeout())))
        .isFalse();
    assertThat(QueueFaults.abortsTheBuild(new IOException("disk full"))).isFalse();
  }

  @Test
  void shouldTellALostAgentByTheInterruptionsCause() {
    assertThat(
            QueueFaults.agentLost(
                new FlowInterruptedException(Result.ABORTED, false, new RemovedNodeCause())))
        .isTrue();
    assertThat(
            QueueFaults.agentLost(
                new FlowInterruptedException(Result.ABORTED, false, new ExceededTimeout())))
        .isFalse();
  }

  @Test
  void shouldTellALostAgentByAnExceptionInTheCausesOrSuppressed() {
    assertThat(QueueFaults.agentLost(new IOException("write failed", new AgentOfflineException())))
        .isTrue();
    IOException suppressing = new IOException("junit failed");
    suppressing.addSuppressed(new ChannelClosedException());
    assertThat(QueueFaults.agentLost(suppressing)).isTrue();
    assertThat(QueueFaults.agentLost(new IllegalStateException("mvn: compilation failed")))
        .isFalse();
  }

  @Test
  void shouldTellALostAgentByASubclassOfAnAgentException() {
    // remoting's own test is instanceof (Channel.java:2061-2066)
    assertThat(
            QueueFaults.agentLost(
                new IOException(
                    "write failed", new java.nio.channels.AsynchronousCloseException())))
        .isTrue();
  }

  @Test
  void shouldLoseTheBatchOnATimeoutALostAgentOrAnAbort() {
    assertThat(
            QueueFaults.losesTheBatch(
                new FlowInterruptedException(Result.ABORTED, false, new ExceededTimeout())))
        .isTrue();
    assertThat(
            QueueFaults.losesTheBatch(
                new FlowInterruptedException(Result.ABORTED, false, new RemovedNodeCause())))
        .isTrue();
    assertThat(QueueFaults.losesTheBatch(new ChannelClosedException())).isTrue();
    assertThat(
            QueueFaults.losesTheBatch(
                new FlowInterruptedException(Result.ABORTED, true, new UserInterruption())))
        .isTrue();
  }

  @Test
  void shouldCountAnyOtherInterruptionAsABatchThatRanAndFailed() {
    // the build step's downstream failure (pipeline-build-step@4b67ea1
    // BuildTriggerListener.java:76)
    assertThat(
            QueueFaults.losesTheBatch(
                new FlowInterruptedException(Result.FAILURE, false, new DownstreamFailureCause())))
        .isFalse();
    assertThat(QueueFaults.losesTheBatch(new IOException("mvn exited with 1"))).isFalse();
  }

  @Test
  void shouldEndTheBranchOnAnAbortWhateverTheShardWasDoing() {
    FlowInterruptedException abort =
        new FlowInterruptedException(Result.ABORTED, true, new UserInterruption());

    assertThat(QueueFaults.endsTheBranch(abort, true, false)).isTrue();
    assertThat(QueueFaults.endsTheBranch(abort, false, true)).isTrue();
  }

  @Test
  void shouldEndTheBranchOnAnErrorBeforeTheShardHadWorkAsInStaticMode() {
    assertThat(QueueFaults.endsTheBranch(new IOException("prepare failed"), false, false)).isTrue();
  }

  @Test
  void shouldEndQuietlyWhenTheAgentIsLostOrABatchWasInFlightOrLost() {
    assertThat(QueueFaults.endsTheBranch(new ChannelClosedException(), false, false)).isFalse();
    assertThat(QueueFaults.endsTheBranch(new IOException("docker stop failed"), true, false))
        .isFalse();
    assertThat(QueueFaults.endsTheBranch(new IOException("docker stop failed"), false, true))
        .isFalse();
  }

  @Test
  void shouldSayWhyInAFewWords() {
    assertThat(
            QueueFaults.reason(
                new FlowInterruptedException(Result.ABORTED, false, new ExceededTimeout())))
        .isEqualTo("interrupted: Timeout has been exceeded");
    assertThat(QueueFaults.reason(new IOException("channel is already closed")))
        .isEqualTo("IOException: channel is already closed");
    assertThat(QueueFaults.reason(new ChannelClosedException()))
        .isEqualTo("ChannelClosedException");
  }

  @Test
  void shouldAbortTheBuildOnTheClaimStepsInterruptionOfAnExpiredOuterTimeout() {
    // The claim step ends a shard with the outer timeout's own cause and its node id; inside
    // that timeout block it is still an actual interruption (TimeoutStepExecution.java:242-266
    // clears it only as it leaves the block), so the script ends the branch with it.
    FlowInterruptedException e =
        ParallelTestsClaimStep.interruption(
            new BuildAbort(Result.ABORTED, "the enclosing timeout (5 minutes) expired", "12"));

    assertThat(QueueFaults.abortsTheBuild(e)).isTrue();
    assertThat(QueueFaults.endsTheBranch(e, false, false)).isTrue();
    assertThat(QueueFaults.reason(e))
        .isEqualTo(
            "interrupted: Timeout has been exceeded, parallelTests handed out no more batches: the"
                + " enclosing timeout (5 minutes) expired");
  }

  @Test
  void shouldGiveAStoppedBuildsClaimInterruptionNoTimeoutCause() {
    FlowInterruptedException e =
        ParallelTestsClaimStep.interruption(
            new BuildAbort(Result.ABORTED, "the build was aborted"));

    assertThat(e.getCauses()).singleElement().isEqualTo(new ClaimsStopped("the build was aborted"));
    assertThat(QueueFaults.abortsTheBuild(e)).isTrue();
  }

  @Test
  void shouldListOneClaimsStoppedCauseForAllShardsStoppedForTheSameReason() {
    // FlowInterruptedException.handle gathers causes in sets (workflow-step-api@0773c3c
    // FlowInterruptedException.java:124-136): equal causes are listed once.
    ClaimsStopped first = new ClaimsStopped("the build was aborted");
    ClaimsStopped second = new ClaimsStopped("the build was aborted");

    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    assertThat(new java.util.LinkedHashSet<>(List.of(first, second))).hasSize(1);
    assertThat(first).isNotEqualTo(new ClaimsStopped("the build was killed"));
  }
}
