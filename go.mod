module github.com/igodata/igo

go 1.26
