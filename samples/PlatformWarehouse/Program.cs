// PlatformWarehouse: mode 3 for the Shenzhen lamp sold to a buyer in Chicago: the plan as a timeline of steps, the custody
// handovers and the landed cost per unit; the lamp's size tier (built-in Amazon US 2024 table), the fulfilment fee from an
// invented fee table and the low-inventory-level fee; the inbound carton plan with its SSCCs; receiving into the storage
// centre's stock buckets and the order fulfilled from stock. Exits with code 1 if one of its own checks fails. `--ci` only
// marks a CI run.
using PlatformWarehouseSample;
using Spectre.Console;

return Report.Render(AnsiConsole.Console) == 0 ? 0 : 1;
