"""Monthly arrival statistics: counts by month of arrival and dimension, and their exports
(CSV, XLSX, PDF report). No Qt here: the window shows what these modules compute."""
