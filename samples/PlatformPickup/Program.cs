// PlatformPickup: one fulfilment mode's plan for the Shenzhen lamp sold to a buyer in Chicago, as a timeline of steps, the custody
// handovers and the landed cost per unit. Exits with code 1 if one of its own checks fails. `--ci` only marks a CI run.
using PlatformPickupSample;
using Spectre.Console;

return Report.Render(AnsiConsole.Console) == 0 ? 0 : 1;
