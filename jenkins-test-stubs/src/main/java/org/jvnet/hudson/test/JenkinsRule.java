package org.jvnet.hudson.test;

import hudson.model.Item;
import hudson.model.Job;
import hudson.model.Label;
import hudson.model.Queue;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TopLevelItem;
import hudson.security.AbstractPasswordBasedSecurityRealm;
import hudson.slaves.DumbSlave;
import java.io.IOException;
import java.net.URL;
import java.util.concurrent.Future;
import jenkins.model.Jenkins;
import jenkins.model.ParameterizedJobMixIn;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.xml.sax.SAXException;

/** Compile-only stub of jenkins-test-harness' {@code JenkinsRule}. */
public class JenkinsRule {

  public Jenkins jenkins;

  public JenkinsRule() {}

  public Jenkins getInstance() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public <T extends TopLevelItem> T createProject(Class<T> type, String name) throws IOException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public <T extends TopLevelItem> T createProject(Class<T> type) throws IOException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public DumbSlave createSlave(Label l) throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public DumbSlave createOnlineSlave() throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public DumbSlave createOnlineSlave(Label l) throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public URL getURL() throws IOException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void configRoundtrip() throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public <P extends Item> P configRoundtrip(P job) throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public <R extends Run> R assertBuildStatus(Result status, R r) throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public <R extends Run> R assertBuildStatus(Result status, Future<? extends R> r)
      throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public <R extends Run> R assertBuildStatusSuccess(R r) throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public <R extends Run> R assertBuildStatusSuccess(Future<? extends R> r) throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public <
          J extends Job<J, R> & ParameterizedJobMixIn.ParameterizedJob<J, R>,
          R extends Run<J, R> & Queue.Executable>
      R buildAndAssertSuccess(J job) throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public <
          J extends Job<J, R> & ParameterizedJobMixIn.ParameterizedJob<J, R>,
          R extends Run<J, R> & Queue.Executable>
      R buildAndAssertStatus(Result status, J job) throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void assertLogContains(String substring, Run run) throws IOException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void assertLogNotContains(String substring, Run run) throws IOException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static String getLog(Run run) throws IOException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public <R extends Run<?, ?>> R waitForCompletion(R r) throws InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public <R extends Run<?, ?>> R waitForMessage(String message, R r)
      throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public HtmlPage submit(HtmlForm form) throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void assertEqualDataBoundBeans(Object lhs, Object rhs)
      throws IllegalAccessException,
          NoSuchMethodException,
          java.lang.reflect.InvocationTargetException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void waitUntilNoActivity() throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public WebClient createWebClient() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public DummySecurityRealm createDummySecurityRealm() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  /** Compile-only stub of {@code JenkinsRule.DummySecurityRealm}. */
  public static class DummySecurityRealm extends AbstractPasswordBasedSecurityRealm {
    DummySecurityRealm() {}
  }

  /** Compile-only stub of {@code JenkinsRule.WebClient}. */
  public class WebClient extends org.htmlunit.WebClient {
    private static final long serialVersionUID = 1L;

    public WebClient() {}

    public WebClient login(String username) throws Exception {
      throw new UnsupportedOperationException("compile-only stub");
    }

    public WebClient withThrowExceptionOnFailingStatusCode(boolean throwException) {
      throw new UnsupportedOperationException("compile-only stub");
    }

    public HtmlPage getPage(Run r) throws IOException, SAXException {
      throw new UnsupportedOperationException("compile-only stub");
    }

    public HtmlPage getPage(Run r, String relative) throws IOException, SAXException {
      throw new UnsupportedOperationException("compile-only stub");
    }

    public HtmlPage getPage(Item item) throws IOException, SAXException {
      throw new UnsupportedOperationException("compile-only stub");
    }

    public HtmlPage getPage(Item item, String relative) throws IOException, SAXException {
      throw new UnsupportedOperationException("compile-only stub");
    }

    public HtmlPage goTo(String relative) throws IOException, SAXException {
      throw new UnsupportedOperationException("compile-only stub");
    }

    public Page goTo(String relative, String expectedContentType) throws IOException, SAXException {
      throw new UnsupportedOperationException("compile-only stub");
    }
  }
}
