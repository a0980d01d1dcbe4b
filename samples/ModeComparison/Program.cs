// ModeComparison: the main job. For one product, a monthly demand and a destination market, the three fulfilment
// modes side by side: landed cost per unit, lead time to the buyer (mean and p95), stock tied up (units and value, in
// transit and at the storage centre), eligibility, and the cost parts behind each number. Exits with code 1 if one of its own checks fails. `--ci` only marks a CI run.
using ModeComparisonSample;
using Spectre.Console;

var failures = ComparisonReport.Render(AnsiConsole.Console);
return failures == 0 ? 0 : 1;
