package dev.qpsbind.azure.sandbox;

import static dev.qpsbind.azure.sandbox.SandboxHttp.NOUN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.qpsbind.azure.Requests;
import dev.qpsbind.azure.model.AzureAssetDataConnector;
import dev.qpsbind.azure.model.TagSimple;
import dev.qpsbind.azure.model.TagSimpleItems;
import dev.qpsbind.azure.model.TagSimpleQList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concurrent updates: each one lands whole, none is lost. */
class SandboxConcurrencyTest {

  private static final int THREADS = 8;
  private static final int UPDATES_PER_THREAD = 10;

  @TempDir Path folder;

  private QualysSandbox sandbox;
  private ExecutorService pool;

  @AfterEach
  void stop() throws InterruptedException {
    if (pool != null) {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private static AzureAssetDataConnector addTag(long tagId, String description) {
    TagSimple tag = new TagSimple();
    tag.setId(tagId);
    TagSimpleItems items = new TagSimpleItems();
    items.getTagSimples().add(tag);
    TagSimpleQList tags = new TagSimpleQList();
    tags.setAdd(items);
    AzureAssetDataConnector change = new AzureAssetDataConnector();
    change.setDefaultTags(tags);
    change.setDescription(description);
    return change;
  }

  /** Runs {@code work(thread)} on 8 threads released together; fails on any thread's failure. */
  private void onEightThreads(ThreadWork work) throws Exception {
    pool = Executors.newFixedThreadPool(THREADS);
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                start.await(10, TimeUnit.SECONDS);
                work.run(thread);
                return null;
              }));
    }
    for (Future<?> future : futures) {
      future.get(60, TimeUnit.SECONDS);
    }
  }

  @FunctionalInterface
  private interface ThreadWork {
    void run(int thread) throws Exception;
  }

  @Test
  void eightThreadsUpdatingDifferentConnectorsKeepEveryChangeInMemoryAndOnDisk() throws Exception {
    Path file = folder.resolve("sandbox.xml");
    QualysSandbox.Builder builder = QualysSandbox.builder().dataFile(file);
    for (int t = 0; t < THREADS; t++) {
      builder.withConnector(100 + t, Fixtures.connector("connector-" + t));
    }
    sandbox = builder.build().start();
    SandboxHttp http = SandboxHttp.to(sandbox);

    onEightThreads(
        thread -> {
          for (int i = 0; i < UPDATES_PER_THREAD; i++) {
            SandboxHttp.Answer answer =
                http.post(
                    "update/" + NOUN + "/" + (100 + thread),
                    Requests.withData(addTag(thread * 1000L + i, "thread " + thread + " #" + i)));
            assertThat(answer.response().getResponseCode()).isEqualTo("SUCCESS");
          }
        });
    sandbox.close();
    sandbox = QualysSandbox.builder().dataFile(file).build().start();

    for (int t = 0; t < THREADS; t++) {
      AzureAssetDataConnector connector = sandbox.connector(100 + t).orElseThrow();
      long base = t * 1000L;
      assertThat(connector.getDefaultTags().getList().getTagSimples())
          .extracting(TagSimple::getId)
          .containsExactlyElementsOf(
              LongStream.concat(
                      LongStream.of(4242L), LongStream.range(base, base + UPDATES_PER_THREAD))
                  .boxed()
                  .toList());
      assertThat(connector.getDefaultTags().getCount()).isEqualTo(UPDATES_PER_THREAD + 1);
      assertThat(connector.getDescription())
          .isEqualTo("thread " + t + " #" + (UPDATES_PER_THREAD - 1));
      assertThat(connector.getName()).isEqualTo("connector-" + t);
    }
  }

  @Test
  void eightThreadsUpdatingOneConnectorAllLand() throws Exception {
    sandbox = QualysSandbox.builder().withConnector(2004, Fixtures.connector("shared")).build();
    sandbox.start();
    SandboxHttp http = SandboxHttp.to(sandbox);

    onEightThreads(
        thread -> {
          for (int i = 0; i < 5; i++) {
            SandboxHttp.Answer answer =
                http.post(
                    "update/" + NOUN + "/2004",
                    Requests.withData(addTag(thread * 1000L + i, "thread " + thread)));
            assertThat(answer.response().getResponseCode()).isEqualTo("SUCCESS");
          }
        });
    AzureAssetDataConnector connector = http.getConnector(2004);

    assertThat(connector.getDefaultTags().getList().getTagSimples())
        .extracting(TagSimple::getId)
        .hasSize(1 + THREADS * 5)
        .doesNotHaveDuplicates()
        .contains(0L, 4L, 7000L, 7004L, 4242L);
    assertThat(connector.getDescription()).startsWith("thread ");
  }
}
