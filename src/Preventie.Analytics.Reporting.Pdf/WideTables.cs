namespace Preventie.Analytics.Reporting.Pdf;

/// <summary>
/// Tables wider than the printed page, made to fit before printing so that no column is cut off: first long figures
/// with their unit may wrap, then the table in a smaller font (<see cref="SmallClass"/>); when that is still too wide, the table split into two or more tables of
/// consecutive columns, each repeating the first (key) column and captioned "(deel 1 van 2)", in the normal font and
/// else in the smaller one. The page must be laid out as printed (print media, the printed width).
/// </summary>
internal static class WideTables
{
    /// <summary>The class of a table printed in the smaller font (its style is in the report's print CSS).</summary>
    public const string SmallClass = "smal";

    /// <summary>A script returning the number of tables it made narrower or split.</summary>
    public const string Script = $$"""
        () => {
          const fits = t => t.offsetWidth <= t.parentElement.clientWidth + 1;
          const part = (table, columns, index, count, small) => {
            const c = table.cloneNode(true);
            c.classList.toggle('{{SmallClass}}', small);
            for (const row of Array.from(c.rows))
              Array.from(row.cells).forEach((cell, i) => { if (i !== 0 && !columns.includes(i)) cell.remove(); });
            const caption = c.querySelector('caption');
            if (caption) caption.textContent = caption.textContent + ` (deel ${index + 1} van ${count})`;
            return c;
          };
          let changed = 0;
          for (const table of Array.from(document.querySelectorAll('main table'))) {
            if (fits(table) || !table.rows.length) continue;
            changed++;
            // a long figure with its unit ("0,02 aandeel per jaar van …") may wrap like text
            // (at a space between words, never inside an amount: "€ 124.640" and "3,2 mln" stay whole)
            for (const cell of table.querySelectorAll('td.num, th.num')) {
              if (cell.textContent.length <= 16) continue;
              cell.style.whiteSpace = 'normal';
              const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              for (let t = texts.nextNode(); t; t = texts.nextNode()) t.textContent = t.textContent.replace(/€ /g, '€\u00a0').replace(/ mln/g, '\u00a0mln');
            }
            if (fits(table)) continue;
            table.classList.add('{{SmallClass}}');
            if (fits(table)) continue;
            table.classList.remove('{{SmallClass}}');
            const columns = table.rows[0].cells.length;
            let done = false;
            for (let count = 2; count < columns && !done; count++)
              for (const small of [false, true]) {
                // consecutive columns after the key column, as evenly as possible
                const rest = Array.from({ length: columns - 1 }, (_, i) => i + 1);
                const groups = Array.from({ length: count }, (_, g) =>
                  rest.slice(Math.round(g * rest.length / count), Math.round((g + 1) * rest.length / count)));
                const parts = groups.map((g, i) => part(table, g, i, count, small));
                parts.forEach(p => table.before(p));
                if (parts.every(fits)) { table.remove(); done = true; break; }
                parts.forEach(p => p.remove());
              }
            if (!done) table.classList.add('{{SmallClass}}');
          }
          return changed;
        }
        """;
}
