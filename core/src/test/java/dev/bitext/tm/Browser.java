package dev.bitext.tm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver, with a download folder, for the
 * review report's editor tests. Selenium Manager is never asked for a browser or a driver: both paths are
 * given. Tests are skipped (a JUnit assumption) when chromium or chromedriver is missing or cannot start.
 */
final class Browser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    /** A headless Chromium whose downloads go to {@code downloads}, its window 1400 × 1000. */
    static ChromeDriver start(Path downloads) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": apt-get install chromium");
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER),
                "no " + CHROMEDRIVER + ": apt-get install chromium-driver");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=en-US");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("profile.default_content_setting_values.automatic_downloads", 1);
        options.setExperimentalOption("prefs", prefs);
        options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
        try {
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (WebDriverException e) {
            Assumptions.abort("chromedriver cannot start chromium: " + e.getMessage().lines().findFirst().orElse(""));
            throw e;
        }
    }

    /** Waits (a hang guard, 30 s) until {@code name} is a complete file in {@code folder}, and returns it. */
    static Path download(Path folder, String name) throws InterruptedException {
        Path file = folder.resolve(name);
        for (int i = 0; i < 300; i++) {
            if (Files.isRegularFile(file) && !Files.exists(folder.resolve(name + ".crdownload"))) {
                return file;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("no download " + file);
    }
}
