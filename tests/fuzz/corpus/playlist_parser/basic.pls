[playlist]
File1=a.mp3
Title1=Bob - Sky
Length1=12
NumberOfEntries=1
Version=2
